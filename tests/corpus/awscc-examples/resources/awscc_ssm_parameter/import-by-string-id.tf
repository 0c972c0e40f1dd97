import {
  to = awscc_ssm_parameter.example
  id = "name"
}