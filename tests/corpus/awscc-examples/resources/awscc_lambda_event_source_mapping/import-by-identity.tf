import {
  to = awscc_lambda_event_source_mapping.example
  identity = {
    id = "id"
  }
}
