"""Demo projects, written in three parts."""

from demo.data.projects_a import PROJECTS as _PART_A
from demo.data.projects_b import PROJECTS as _PART_B
from demo.data.projects_c import PROJECTS as _PART_C

PROJECTS = _PART_A + _PART_B + _PART_C
