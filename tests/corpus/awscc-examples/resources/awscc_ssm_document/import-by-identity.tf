import {
  to = awscc_ssm_document.example
  identity = {
    name = "name"
  }
}
