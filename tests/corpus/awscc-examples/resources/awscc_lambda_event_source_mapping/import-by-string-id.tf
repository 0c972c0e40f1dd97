import {
  to = awscc_lambda_event_source_mapping.example
  id = "id"
}