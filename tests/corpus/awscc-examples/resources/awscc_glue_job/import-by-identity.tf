import {
  to = awscc_glue_job.example
  identity = {
    name = "name"
  }
}
