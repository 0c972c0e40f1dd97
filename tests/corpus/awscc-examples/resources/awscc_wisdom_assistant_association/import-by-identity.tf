import {
  to = awscc_wisdom_assistant_association.example
  identity = {
    assistant_association_id = "assistant_association_id"
    assistant_id             = "assistant_id"
  }
}
