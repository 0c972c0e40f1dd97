import {
  to = awscc_amplify_app.example
  identity = {
    arn = "arn"
  }
}
