import {
  to = awscc_resiliencehub_app.example
  identity = {
    app_arn = "app_arn"
  }
}
