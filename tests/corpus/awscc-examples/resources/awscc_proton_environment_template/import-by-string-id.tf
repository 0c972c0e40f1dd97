import {
  to = awscc_proton_environment_template.example
  id = "arn"
}