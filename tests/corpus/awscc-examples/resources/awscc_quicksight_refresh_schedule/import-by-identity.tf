import {
  to = awscc_quicksight_refresh_schedule.example
  identity = {
    aws_account_id       = "aws_account_id"
    data_set_id          = "data_set_id"
    schedule_schedule_id = "schedule_schedule_id"
  }
}
