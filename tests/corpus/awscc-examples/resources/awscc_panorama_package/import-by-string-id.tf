import {
  to = awscc_panorama_package.example
  id = "package_id"
}