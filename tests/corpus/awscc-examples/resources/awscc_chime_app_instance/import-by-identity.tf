import {
  to = awscc_chime_app_instance.example
  identity = {
    app_instance_arn = "app_instance_arn"
  }
}
