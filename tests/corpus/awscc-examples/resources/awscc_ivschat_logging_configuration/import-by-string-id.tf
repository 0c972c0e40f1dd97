import {
  to = awscc_ivschat_logging_configuration.example
  id = "arn"
}