import {
  to = awscc_proton_service_template.example
  id = "arn"
}