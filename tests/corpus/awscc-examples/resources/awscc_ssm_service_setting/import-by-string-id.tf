import {
  to = awscc_ssm_service_setting.example
  id = "arn"
}