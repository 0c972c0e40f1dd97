import {
  to = awscc_amplify_app.example
  id = "arn"
}