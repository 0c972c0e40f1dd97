import {
  to = awscc_emr_step.example
  identity = {
    id = "id"
  }
}
