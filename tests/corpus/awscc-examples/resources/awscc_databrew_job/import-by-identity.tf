import {
  to = awscc_databrew_job.example
  identity = {
    name = "name"
  }
}
