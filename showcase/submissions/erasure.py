"""A submission record never goes alone, and is never made by hand (issue #11).

Deleting a submission in the admin used to remove only the record: the designer and project
pages, the images and the personal data stayed, and the private link that lets the submitter
withdraw them answered 404. Whatever deletes a record now erases its content first, in the same
transaction (`pre_delete` runs inside Django's deletion), as `purge_submissions` does.

Records are made only by the public form (`services.submit_portfolio`): the admin's "Add" view
could only fail (a record needs a locale, pages and a private token), so nobody, superusers
included, has the "add" permission.
"""

from django.db.models.signals import pre_delete
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from showcase.models import PortfolioSubmission
from showcase.submissions.services import erase_content


class SubmissionPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def erase_before_delete(sender, instance, **kwargs):
    erase_content(instance)


def connect():
    register_permission_policy(PortfolioSubmission, SubmissionPermissionPolicy(PortfolioSubmission))
    pre_delete.connect(
        erase_before_delete, sender=PortfolioSubmission, dispatch_uid="submission_erasure"
    )
