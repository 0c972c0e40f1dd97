import {
  to = awscc_ssm_parameter.example
  identity = {
    name = "name"
  }
}
