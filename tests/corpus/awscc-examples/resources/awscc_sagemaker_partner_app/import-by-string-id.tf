import {
  to = awscc_sagemaker_partner_app.example
  id = "arn"
}