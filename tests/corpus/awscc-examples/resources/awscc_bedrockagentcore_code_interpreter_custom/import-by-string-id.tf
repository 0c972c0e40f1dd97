import {
  to = awscc_bedrockagentcore_code_interpreter_custom.example
  id = "code_interpreter_id"
}