import {
  to = awscc_ssm_document.example
  id = "name"
}