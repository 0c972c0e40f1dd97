import {
  to = awscc_redshift_scheduled_action.example
  identity = {
    scheduled_action_name = "scheduled_action_name"
  }
}
