import {
  to = awscc_proton_environment_template.example
  identity = {
    arn = "arn"
  }
}
