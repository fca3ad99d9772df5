"""Demo projects, in three files by their first discipline."""

from demo.data.projects_images import PROJECTS as _IMAGES
from demo.data.projects_objects import PROJECTS as _OBJECTS
from demo.data.projects_spaces_and_services import PROJECTS as _SPACES_AND_SERVICES

PROJECTS = _OBJECTS + _IMAGES + _SPACES_AND_SERVICES
