"""Caches, sessions and rate limits are one state for both nodes (issue #17).

The page cache and the derived cache keep their pages and fragments under one content
generation in Redis: a publish on node A bumps it, so node B's stored copies (in Redis and in
each of B's worker processes' own memory) are retired at once. Sessions and rate-limit counters
are in Redis too, so a visitor's next request may land on either node.
"""

import uuid

import pytest
import requests

from tests.cluster.conftest import NODES, PROXY, log_in
from tests.cluster.site import Submission, publish_in_admin, save_draft_title, site_facts

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def facts(cluster):
    return site_facts(cluster)


def title_on(base, path, **kwargs):
    response = requests.get(f"{base}{path}", timeout=60, **kwargs)
    assert response.status_code == 200, response.status_code
    return response


def test_a_publish_on_node_a_retires_the_page_node_b_has_cached(env, facts):
    page_id, path = facts["standard"]
    for _ in range(3):  # B's workers take turns; each keeps its own copy of hits
        title_on(NODES["b"], path)
    assert title_on(NODES["b"], path).headers["X-Page-Cache"] == "hit"

    title = f"About the cluster {uuid.uuid4().hex[:8]}"
    save_draft_title(env, page_id, title)
    assert title not in title_on(NODES["b"], path).text  # a draft shows nowhere

    publish_in_admin(log_in(NODES["a"]), page_id)

    fresh = title_on(NODES["b"], path)
    assert title in fresh.text
    assert fresh.headers["X-Page-Cache"] == "miss"
    assert title in title_on(PROXY, path).text


def test_a_publish_on_node_a_retires_node_bs_derived_fragments(env, facts):
    """The designers listing's cards are derived fragments (rendered, not replayed, here: a
    request with a session cookie bypasses the page cache but uses the derived cache)."""
    page_id, _path, _old = facts["designer"]
    rendered = {"cookies": {"sessionid": "not-a-session"}}
    for _ in range(3):
        listing = title_on(NODES["b"], facts["designers"], **rendered)
        assert "X-Page-Cache" not in listing.headers

    title = f"Designer {uuid.uuid4().hex[:8]}"
    save_draft_title(env, page_id, title)
    publish_in_admin(log_in(NODES["a"]), page_id)

    assert title in title_on(NODES["b"], facts["designers"], **rendered).text


def test_a_session_opened_on_one_node_is_valid_on_the_other(env):
    session = log_in(NODES["a"])
    dashboard = session.get(f"{NODES['b']}/admin/", allow_redirects=False, timeout=60)
    assert dashboard.status_code == 200  # not a redirect to the login page
    assert 'name="csrfmiddlewaretoken"' not in dashboard.text or "/admin/logout/" in dashboard.text


def test_the_submission_rate_limit_counts_on_both_nodes_together(env, facts):
    """SUBMISSION_RATE_PER_EMAIL is 3 a day: three sent to A, B, A; the fourth, to B, is refused."""
    email = f"limit-{uuid.uuid4().hex[:10]}@example.org"
    forms = [Submission(NODES[n], facts, email=email).open() for n in "abab"]
    for form in forms[:3]:
        assert form.send().status_code == 302
    refused = forms[3].send()
    assert refused.status_code == 429
