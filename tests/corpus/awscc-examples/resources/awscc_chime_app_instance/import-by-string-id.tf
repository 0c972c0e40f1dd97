import {
  to = awscc_chime_app_instance.example
  id = "app_instance_arn"
}