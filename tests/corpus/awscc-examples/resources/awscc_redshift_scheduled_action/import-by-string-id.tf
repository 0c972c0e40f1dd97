import {
  to = awscc_redshift_scheduled_action.example
  id = "scheduled_action_name"
}