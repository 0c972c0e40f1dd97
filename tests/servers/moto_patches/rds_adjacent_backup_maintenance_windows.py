"""RDS: a backup window that begins as the maintenance window ends (or ends
as it begins) does not overlap it.

From the RDS API reference (CreateDBInstance, PreferredBackupWindow): "Must
not conflict with the preferred maintenance window"; windows are ranges of
minutes, and two that only share their boundary minute, as
Mon:00:00-Mon:03:00 and 03:00-06:00 (terraform-aws-rds's examples, applied
on AWS by their authors), hold no time in common. moto 5.2.1 counts an
overlap of 0 seconds as one (utils.valid_preferred_maintenance_window's
`>= 0`) and refuses CreateDBInstance with InvalidParameterValue "The backup
window and maintenance window must not overlap." (tests/twins, issue 86:
every RDS example's instance). Windows sharing a minute or more still
conflict.
"""
from moto.rds import utils

_overlap = utils.get_overlap_between_two_date_ranges


def get_overlap_between_two_date_ranges(start_1, end_1, start_2, end_2):
    seconds = _overlap(start_1, end_1, start_2, end_2)
    return -1 if seconds == 0 else seconds


utils.get_overlap_between_two_date_ranges = get_overlap_between_two_date_ranges
