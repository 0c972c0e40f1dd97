import {
  to = awscc_wisdom_assistant_association.example
  id = "assistant_association_id|assistant_id"
}