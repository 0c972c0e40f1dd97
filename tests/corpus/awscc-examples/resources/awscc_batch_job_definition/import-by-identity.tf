import {
  to = awscc_batch_job_definition.example
  identity = {
    job_definition_name = "job_definition_name"
  }
}
