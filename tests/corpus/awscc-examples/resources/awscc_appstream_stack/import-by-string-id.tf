import {
  to = awscc_appstream_stack.example
  id = "name"
}