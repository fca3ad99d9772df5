"""The submitter's private link: a signed, expiring token that names one submission.

Signed with the SECRET_KEY (django.core.signing), so it cannot be forged or altered, and it
carries its own date, so it expires after SUBMISSION_LINK_MAX_AGE without anything stored.
"""

from django.conf import settings
from django.core import signing

from showcase.models import PortfolioSubmission

SALT = "showcase.submissions.private-link"


class LinkExpired(Exception):
    pass


class LinkInvalid(Exception):
    pass


def make_token(submission):
    return signing.dumps(str(submission.public_id), salt=SALT)


def read_token(token):
    """The submission the token names; LinkExpired or LinkInvalid otherwise."""
    try:
        public_id = signing.loads(token, salt=SALT, max_age=settings.SUBMISSION_LINK_MAX_AGE)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    except signing.BadSignature as error:
        raise LinkInvalid from error
    submission = PortfolioSubmission.objects.filter(public_id=public_id).first()
    if submission is None:  # purged: the link is as good as invalid
        raise LinkInvalid
    return submission
