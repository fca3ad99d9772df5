"""Media are in the object store (S3Proxy), so what one node stored every node serves."""

import re
import uuid

import boto3
import pytest
import requests

from tests.cluster.conftest import NODES, PROXY, csrf_token, log_in
from tests.cluster.site import Submission, database, jpeg, site_facts, submissions_of

pytestmark = pytest.mark.cluster


def bucket(env):
    from urllib.parse import urlsplit

    from botocore.config import Config

    url = urlsplit(env["MEDIA_STORAGE_URL"])
    client = boto3.client(
        "s3",
        endpoint_url=f"http://{url.hostname}:{url.port}",
        aws_access_key_id=url.username,
        aws_secret_access_key=url.password,
        region_name="us-east-1",
        config=Config(s3={"addressing_style": "path"}),
    )
    return client, url.path.strip("/")


def size_of(client, name_of_bucket, name):
    return client.head_object(Bucket=name_of_bucket, Key=name)["ContentLength"]


def test_an_image_uploaded_in_the_admin_of_node_a_is_served_through_node_b(env):
    title = f"Cluster upload {uuid.uuid4().hex[:8]}"
    admin_a = log_in(NODES["a"])
    form = admin_a.get(f"{NODES['a']}/admin/images/add/", timeout=60)
    assert form.status_code == 200
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.text))
    collection = re.search(r'<select name="collection"[^>]*>\s*<option value="(\d+)"', form.text)
    response = admin_a.post(
        f"{NODES['a']}/admin/images/add/",
        data={
            **fields,
            "csrfmiddlewaretoken": csrf_token(form.text),
            "title": title,
            "description": "Orange and teal bands",  # the alt text, required here
            "collection": collection.group(1),
        },
        files={"file": ("cluster.jpg", jpeg((900, 600)), "image/jpeg")},
        headers={"Referer": f"{NODES['a']}/admin/images/add/"},
        allow_redirects=False,
        timeout=120,
    )
    assert response.status_code == 302, response.text[:2000]

    with database(env) as connection:
        image_id, name = connection.execute(
            "SELECT id, file FROM wagtailimages_image WHERE title = %s", [title]
        ).fetchone()
    client, name_of_bucket = bucket(env)
    assert size_of(client, name_of_bucket, name) > 1000  # in the object store

    # Node B reads the original from the store to make a rendition for its admin page…
    admin_b = log_in(NODES["b"])
    edit = admin_b.get(f"{NODES['b']}/admin/images/{image_id}/", timeout=120)
    assert edit.status_code == 200 and title in edit.text
    rendition = re.search(r'src="(/media/images/[^"]+)"', edit.text)
    assert rendition, "node B shows no rendition of the image"
    # …and nginx serves both files from the store to anyone.
    for path in (f"/media/{name}", rendition.group(1)):
        served = requests.get(f"{PROXY}{path}", timeout=30)
        assert served.status_code == 200, path
        assert served.headers["Content-Type"].startswith("image/")


def test_a_submission_through_node_a_stores_its_pictures_where_node_b_finds_them(env):
    facts = site_facts(env)
    form = Submission(NODES["a"], facts).open()
    assert form.send().status_code == 302
    assert submissions_of(env, form.email) == 1
    with database(env) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT i.file FROM wagtailimages_image i"
                " JOIN showcase_portfoliosubmission_images l ON l.image_id = i.id"
                " JOIN showcase_portfoliosubmission s ON s.id = l.portfoliosubmission_id"
                " WHERE s.email = %s",
                [form.email],
            )
        ]
    assert names
    client, name_of_bucket = bucket(env)
    for name in names:
        assert size_of(client, name_of_bucket, name) > 1000
