import {
  to = awscc_appstream_stack.example
  identity = {
    name = "name"
  }
}
