import {
  to = awscc_emr_step.example
  id = "id"
}