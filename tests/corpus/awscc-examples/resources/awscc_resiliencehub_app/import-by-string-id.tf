import {
  to = awscc_resiliencehub_app.example
  id = "app_arn"
}