import {
  to = awscc_iot_mitigation_action.example
  id = "action_name"
}