import {
  to = awscc_panorama_package_version.example
  id = "package_id|package_version|patch_version"
}