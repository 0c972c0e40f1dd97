import {
  to = awscc_iotfleetwise_state_template.example
  id = "name"
}