import {
  to = awscc_batch_job_definition.example
  id = "job_definition_name"
}