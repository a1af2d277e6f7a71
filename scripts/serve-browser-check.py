#!/usr/bin/env python3
"""Drives headless Chromium (Selenium, Debian's chromedriver) through bibd serve's pages, for BrowserReviewTests.

Usage: serve-browser-check.py BASE_URL TOKEN LEFT_KEY RIGHT_KEY WORK_KEY OUTPUT_DIR
Logs in, decides the pair LEFT_KEY/RIGHT_KEY "different works" on /review, reloads, then reads the provenance of the
title of WORK_KEY on its page. Saves a screenshot of each page in OUTPUT_DIR and prints one JSON object of what it saw.
"""
import json
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


def pair_selector(left, right):
    return f'section.pair[data-left="{left}"][data-right="{right}"]'


def main():
    base, token, left, right, work_key, out = sys.argv[1:7]
    os.makedirs(out, exist_ok=True)
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600"):
        options.add_argument(arg)
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    seen = {}
    try:
        driver.get(f"{base}/")
        driver.save_screenshot(os.path.join(out, "home.png"))
        driver.get(f"{base}/status")
        seen["status_works"] = driver.find_element(By.ID, "works").text
        driver.save_screenshot(os.path.join(out, "status.png"))

        driver.get(f"{base}/login?token={token}")  # redirects to /review with the session cookie
        seen["pairs_before"] = len(driver.find_elements(By.CSS_SELECTOR, pair_selector(left, right)))
        driver.save_screenshot(os.path.join(out, "review-before.png"))
        section = driver.find_element(By.CSS_SELECTOR, pair_selector(left, right))
        button = section.find_element(By.XPATH, ".//form[@action='/review/distinct']//button")
        button.click()
        driver.refresh()
        seen["pairs_after"] = len(driver.find_elements(By.CSS_SELECTOR, pair_selector(left, right)))
        seen["count_after"] = driver.find_element(By.ID, "pair-count").text
        driver.save_screenshot(os.path.join(out, "review-after.png"))

        driver.get(f"{base}/search?q={work_key}")
        driver.save_screenshot(os.path.join(out, "search.png"))
        driver.get(f"{base}/work/{work_key}")
        row = driver.find_element(By.ID, "field-title")
        seen["title"] = row.find_element(By.CSS_SELECTOR, ".value").text
        seen["title_from"] = [e.text for e in row.find_elements(By.CSS_SELECTOR, ".from .file")]
        driver.save_screenshot(os.path.join(out, "work.png"))
    finally:
        driver.quit()
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
