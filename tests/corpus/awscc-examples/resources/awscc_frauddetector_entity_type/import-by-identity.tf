import {
  to = awscc_frauddetector_entity_type.example
  identity = {
    arn = "arn"
  }
}
