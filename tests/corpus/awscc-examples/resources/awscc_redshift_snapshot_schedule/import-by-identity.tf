import {
  to = awscc_redshift_snapshot_schedule.example
  identity = {
    arn = "arn"
  }
}
