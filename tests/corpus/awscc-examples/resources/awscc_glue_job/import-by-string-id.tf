import {
  to = awscc_glue_job.example
  id = "name"
}