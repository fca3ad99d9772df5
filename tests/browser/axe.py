"""axe-core in the page, through axe-playwright-python (which bundles axe-core, so nothing is
downloaded at test time)."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = {"serious", "critical"}
_axe = Axe()


def blocking_violations(page):
    """Run every axe rule on the page; return the serious and critical violations as text."""
    response = _axe.run(page).response
    assert response["testEngine"]["name"] == "axe-core"
    found = []
    for violation in response["violations"]:
        if violation["impact"] not in BLOCKING_IMPACTS:
            continue
        targets = "; ".join(" ".join(map(str, node["target"])) for node in violation["nodes"][:5])
        found.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    return found
