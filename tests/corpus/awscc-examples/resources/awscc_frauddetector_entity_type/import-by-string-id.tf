import {
  to = awscc_frauddetector_entity_type.example
  id = "arn"
}