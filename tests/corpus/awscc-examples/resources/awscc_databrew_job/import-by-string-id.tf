import {
  to = awscc_databrew_job.example
  id = "name"
}