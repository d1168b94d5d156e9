<!DOCTYPE html>
<!-- saved from url=(0083)https://dunmorecounty.sharepoint.com/sites/HR/SitePages/Posting-HEO-2026-061.aspx -->
<html dir="ltr" lang="en-US" class="ms-isBot"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=10"><meta name="GENERATOR" content="Microsoft SharePoint"><meta name="progid" content="SharePoint.WebPartPage.Document">
<title>Posting HEO 2026-061 - Human Resources</title>
<link rel="stylesheet" type="text/css" href="./Posting-HEO-2026-061_files/corev15.css">
<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"\u002fsites\u002fHR",webAbsoluteUrl:"https:\u002f\u002fdunmorecounty.sharepoint.com\u002fsites\u002fHR",siteClientTag:"12$$16.0.25418.12006",pageListId:"{6b1d7e2a-93f0-4c55-a1ac-2f7e3c9b8d10}",pageItemId:61,userId:0,isAnonymousGuestUser:true};</script>
<script type="text/javascript" src="./Posting-HEO-2026-061_files/init.js"></script>
</head>
<body onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form method="post" action="./Posting-HEO-2026-061.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="">
<input type="hidden" name="wpcmVal" id="wpcmVal" value="">
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="">
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x8A1F6C2D9E4B7A30C5D2E1F0A9B8C7D6E5F4A3B2C1D0E9F8A7B6C5D4E3F2A1B0,03 Dec 2026 18:22:41 -0000">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZSwgTWljcm9zb2Z0">
</div>
<div id="ms-designer-ribbon"><div id="suiteBarDelta" class="ms-dialogHidden ms-fullWidth noindex"><div id="suiteBar" class="ms-dialogHidden noindex"><div id="suiteBarLeft"><span class="ms-core-brandingText">SharePoint</span></div><div id="suiteBarRight"><span class="ms-signInLink"><a href="#">Sign In</a></span></div></div></div>
<div id="s4-ribbonrow"><div id="RibbonContainer"><span class="ms-promotedActionButton-text">Share</span> <span class="ms-promotedActionButton-text">Follow</span> <span class="ms-promotedActionButton-text">Edit</span></div></div></div>
<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle"><div class="ms-table ms-fullWidth"><div class="ms-tableRow"><div class="ms-tableCell ms-verticalAlignTop"><div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a href="/sites/HR"><img src="./Posting-HEO-2026-061_files/dunmore-seal.png" alt="Dunmore County Human Resources"></a></div>
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><a href="/sites/HR">Human Resources</a> <span class="ms-ltr">›</span> <span>Site Pages</span> <span class="ms-ltr">›</span> <span>Posting HEO 2026-061</span></span></h1></div></div></div></div>
<div id="contentRow"><div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div class="ms-core-navigation"><div id="zz14_V4QuickLaunchMenu" class="ms-core-listMenu-verticalBox"><ul class="root ms-core-listMenu-root static"><li class="static"><a class="static menu-item ms-core-listMenu-item" href="/sites/HR"><span class="menu-item-text">Home</span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item" href="/sites/HR/Jobs"><span class="menu-item-text">Current Openings</span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item" href="/sites/HR/Benefits"><span class="menu-item-text">Benefits</span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item" href="/sites/HR/Contracts"><span class="menu-item-text">Labor Agreements</span></a></li><li class="static"><a class="static menu-item ms-core-listMenu-item" href="/sites/HR/_layouts/15/viewlsts.aspx"><span class="menu-item-text">Site Contents</span></a></li></ul></div></div></div>
<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div webpartid="7c0d2e51-4b9a-4f3e-8d21-96a0c5e4b1f7" haspers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody noindex" allowdelete="false" style=""><div class="ms-rte-wpbox"><div class="ms-rtestate-field">
<div class="ExternalClass3F1A9D7C2B4E4F0A8C6D5E2B1A0F9E8D">
<p><span class="ms-rteFontSize-4 ms-rteForeColor-2"><strong>HEAVY EQUIPMENT OPERATOR – ROAD DEPARTMENT</strong></span></p>
<p><span class="ms-rteFontSize-2">Posting No. 2026-061 &#160;|&#160; Opens: 12/01/2026 &#160;|&#160; Closes: <strong>12/22/2026 at 4:30 PM Pacific</strong></span></p>
<table class="ms-rteTable-default" width="100%" cellspacing="0"><tbody>
<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableFirstCol-default">​<strong>Department</strong></td><td class="ms-rteTableLastCol-default">​Public Works – Road Department</td></tr>
<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableFirstCol-default">​<strong>Location</strong></td><td class="ms-rteTableLastCol-default">​North Road Shop, 2250 Quarry Lane, Hollisburg, OR</td></tr>
<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableFirstCol-default">​<strong>Salary Grade</strong></td><td class="ms-rteTableLastCol-default">​DCEA Grade 14 (see the DCEA pay table below)</td></tr>
<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableFirstCol-default">​<strong>FLSA</strong></td><td class="ms-rteTableLastCol-default">​Non-exempt; overtime at time and a half</td></tr>
<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableFirstCol-default">​<strong>Schedule</strong></td><td class="ms-rteTableLastCol-default">​4/10s, Monday–Thursday 6:00 AM–4:30 PM; winter standby rotation for snow and ice</td></tr>
<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableFirstCol-default">​<strong>Union</strong></td><td class="ms-rteTableLastCol-default">​Represented by the Dunmore County Employees Association (DCEA)</td></tr>
</tbody></table>
<p>​<strong>THE POSITION</strong></p>
<p>Dunmore County maintains 612 miles of county roads. The Heavy Equipment Operator runs graders, loaders, excavators and snowplows to build, repair and clear those roads, working from the North Road Shop.</p>
<p>​<strong>ESSENTIAL FUNCTIONS</strong></p>
<ul><li>Operates motor graders, front-end loaders, excavators, dump trucks and plow trucks</li><li>Performs gravel road grading, ditch cleaning, culvert replacement and chip seal work</li><li>Plows snow and applies de-icer on assigned routes during winter standby</li><li>Performs pre-trip inspections and minor maintenance on assigned equipment</li><li>Sets up work-zone traffic control per the MUTCD</li></ul>
<p>​<strong>MINIMUM QUALIFICATIONS</strong></p>
<ul><li>High school diploma or GED</li><li>Three (3) years of experience operating heavy construction or road maintenance equipment</li><li>Valid Oregon Class A Commercial Driver License (CDL) with tanker endorsement, or the ability to obtain the endorsement within 6 months of hire</li><li>Must pass a DOT drug and alcohol test and a pre-employment physical</li></ul>
<p>​<strong>DESIRABLE</strong></p>
<ul><li>Flagger certification (ODOT)</li><li>Experience with GPS grade-control systems</li></ul>
<p>​<strong>DCEA PAY TABLE – HOURLY RATES EFFECTIVE JULY 1, 2026</strong><br><span class="ms-rteFontSize-1"><em>New hires normally start at Step 1. Step increases occur after each 2,080 hours of service, subject to satisfactory performance (DCEA Agreement 2025–2028, Article 19).</em></span></p>
<table class="ms-rteTable-1" width="100%" cellspacing="0"><tbody>
<tr class="ms-rteTableHeaderRow-1"><th class="ms-rteTableHeaderFirstCol-1">Grade</th><th>Step 1</th><th>Step 2</th><th>Step 3</th><th>Step 4</th><th>Step 5</th><th class="ms-rteTableHeaderLastCol-1">Step 6</th></tr>
<tr class="ms-rteTableOddRow-1"><td class="ms-rteTableFirstCol-1">12</td><td>$23.86</td><td>$25.05</td><td>$26.30</td><td>$27.62</td><td>$29.00</td><td class="ms-rteTableLastCol-1">$30.45</td></tr>
<tr class="ms-rteTableEvenRow-1"><td class="ms-rteTableFirstCol-1">13</td><td>$25.43</td><td>$26.70</td><td>$28.04</td><td>$29.44</td><td>$30.91</td><td class="ms-rteTableLastCol-1">$32.46</td></tr>
<tr class="ms-rteTableOddRow-1"><td class="ms-rteTableFirstCol-1">14</td><td>$27.18</td><td>$28.54</td><td>$29.97</td><td>$31.47</td><td>$33.04</td><td class="ms-rteTableLastCol-1">$34.69</td></tr>
<tr class="ms-rteTableEvenRow-1"><td class="ms-rteTableFirstCol-1">15</td><td>$29.05</td><td>$30.50</td><td>$32.03</td><td>$33.63</td><td>$35.31</td><td class="ms-rteTableLastCol-1">$37.08</td></tr>
</tbody></table>
<p>​<strong>BENEFITS</strong></p>
<p>Oregon PERS retirement (OPSRP), County-paid medical, dental and vision for employee and family, 11 paid holidays, vacation accrual starting at 8 hours per month, $50,000 life insurance, and a $1.10/hour CDL premium for positions requiring a CDL.</p>
<p>​<strong>HOW TO APPLY</strong></p>
<p>Apply through the County application portal at <a href="https://www.governmentjobs.example/careers/dunmorecounty">governmentjobs.example/careers/dunmorecounty</a>. Paper applications are accepted at the HR office, 100 Courthouse Square, Room 204, Hollisburg. Veterans’ preference applies under ORS 408.230 – attach your DD-214.</p>
<p><em>Dunmore County is an Equal Opportunity Employer. We do not discriminate on the basis of race, color, religion, sex, national origin, age, disability, veteran status or any other protected status.</em></p>
</div></div></div></div></div></div></div>
<div class="ms-webpart-zone"><div class="ms-webpart-chrome"><div class="ms-WPBody">
<p class="ms-metadata">Last modified at 12/3/2026 10:22 AM by Renee Takahashi</p>
</div></div></div>
</div></div></div></div></div>
<div id="DeltaFormDigest"><script type="text/javascript">//<![CDATA[
var formDigestElement = document.getElementsByName('__REQUESTDIGEST')[0];
//]]></script></div>
</form>
</body></html>
