import {
  to = awscc_bedrockagentcore_browser_custom.example
  identity = {
    browser_id = "browser_id"
  }
}
