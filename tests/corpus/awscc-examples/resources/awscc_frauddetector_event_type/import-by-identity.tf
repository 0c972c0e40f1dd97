import {
  to = awscc_frauddetector_event_type.example
  identity = {
    arn = "arn"
  }
}
