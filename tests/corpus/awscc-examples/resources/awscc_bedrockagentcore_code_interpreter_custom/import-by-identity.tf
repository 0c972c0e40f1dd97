import {
  to = awscc_bedrockagentcore_code_interpreter_custom.example
  identity = {
    code_interpreter_id = "code_interpreter_id"
  }
}
